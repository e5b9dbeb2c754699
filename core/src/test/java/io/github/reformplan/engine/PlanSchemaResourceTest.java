package io.github.reformplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The published schema is itself a valid draft 2020-12 schema with a versioned $id. */
class PlanSchemaResourceTest {

    @Test
    void schemaIsValidAgainstTheMetaSchema() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/io/github/reformplan/schema/plan.schema.json")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        JsonNode schema = new ObjectMapper().readTree(text);
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).matches("https://.+/schema/1/plan\\.schema\\.json");
        var meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(text, InputFormat.JSON)).isEmpty();
    }
}
