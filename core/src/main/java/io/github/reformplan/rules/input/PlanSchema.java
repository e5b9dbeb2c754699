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
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:" + RESOURCE));
    }

    static List<Error> validate(JsonNode document) {
        return Holder.SCHEMA.validate(document);
    }
}
