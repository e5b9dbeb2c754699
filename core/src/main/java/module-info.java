/**
 * reformplan's library: read a plan (YAML, JSON, and Word or Excel with {@code reformplan-office}), validate it,
 * write its findings.
 *
 * <p>Exported, the API: {@code model} (the plan and its parsed values), {@code read} (readers and the format
 * SPI), {@code engine} (the validator, findings, locations, configuration, rule-pack SPI), {@code report} (the
 * five report formats), {@code run} (the whole workflow the CLI and the Maven plugin share), {@code baseline},
 * {@code fix}, {@code diff} (what changed between two revisions of a plan), and {@code agency} and
 * {@code metric} (the dated agency registry and the metric catalogue, which a configuration extends). Internal:
 * the rules and the change checks (reached through the validator and the diff) and the text parsers (their
 * results are on the model).
 */
module io.github.reformplan.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires com.networknt.schema;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.apache.commons.text;
    requires java.xml;
    requires transitive io.github.reformplan.schema;

    exports io.github.reformplan;
    exports io.github.reformplan.model;
    exports io.github.reformplan.read;
    exports io.github.reformplan.engine;
    exports io.github.reformplan.report;
    exports io.github.reformplan.run;
    exports io.github.reformplan.baseline;
    exports io.github.reformplan.fix;
    exports io.github.reformplan.agency;
    exports io.github.reformplan.metric;
    exports io.github.reformplan.diff;

    // Hibernate Validator reads the model's constraints, Jackson binds the bundled data files
    opens io.github.reformplan.model to org.hibernate.validator;
    opens io.github.reformplan.agency to com.fasterxml.jackson.databind;
    opens io.github.reformplan.metric to com.fasterxml.jackson.databind;
    opens io.github.reformplan.text to com.fasterxml.jackson.databind;

    uses io.github.reformplan.engine.RulePack;
    uses io.github.reformplan.read.PlanFormat;

    provides io.github.reformplan.engine.RulePack with io.github.reformplan.rules.BuiltInRules;
}
