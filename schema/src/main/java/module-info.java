/** The JSON Schemas of the plan file and the configuration file, as resources. */
module io.github.reformplan.schema {
    exports io.github.reformplan.schema;
    opens io.github.reformplan.schema;
}
