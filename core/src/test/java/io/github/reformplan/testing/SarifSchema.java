package io.github.reformplan.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The official SARIF 2.1.0 schema from the test classpath: its $id is mapped there and remote
 * fetching is off, so validation never touches the network. Shared with the CLI's tests.
 */
public final class SarifSchema {

    public static final String ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    b -> b.schemaLoader(l -> l.fetchRemoteResources(false)
                            .schemaIdResolvers(r -> r.mapPrefix(ID, "classpath:sarif/sarif-schema-2.1.0.json"))))
            .getSchema(SchemaLocation.of(ID));

    private SarifSchema() {
    }

    public static List<Error> validate(String sarif) {
        return SCHEMA.validate(sarif, InputFormat.JSON);
    }
}
