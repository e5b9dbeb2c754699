package io.github.reformplan.rules.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The published plan schema, compiled once on first use and shared by all threads. */
final class PlanSchema {

    static final String RESOURCE = io.github.reformplan.schema.Schemas.PLAN;

    private PlanSchema() {
    }

    private static final class Holder {
        // format asserted, not only annotated: a date must be a real calendar date (2026-02-30 is not)
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        b -> b.schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true).build()))
                .getSchema(SchemaLocation.of("classpath:" + RESOURCE));
    }

    static List<Error> validate(JsonNode document) {
        return Holder.SCHEMA.validate(document);
    }
}
