package io.github.reformplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.reformplan.engine.PlanValidator;
import io.github.reformplan.engine.Rule;
import io.github.reformplan.engine.RuleRegistry;
import io.github.reformplan.engine.ValidationResult;
import io.github.reformplan.read.DocumentReader;
import io.github.reformplan.read.PlanSource;
import io.github.reformplan.read.ReadLimits;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 150-task plan ({@link ExamplePlans#plan150()}), warm, single thread: a plain Jackson parse against
 * reformplan's own reading (tree and location index), the schema check alone, the full validation, and
 * each rule family alone (a validator with only that family's rules: subtract {@code family=none}, the
 * reading and binding every family needs, to get the family's own cost).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ValidationBenchmark</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ValidationBenchmark {

    /** The plain parses reformplan's reading is compared with. */
    static final ObjectMapper JACKSON_YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JACKSON_JSON = new ObjectMapper();

    byte[] yaml;
    byte[] json;
    JsonNode tree;
    PlanSource yamlSource;
    PlanSource jsonSource;
    PlanValidator validator;
    DocumentReader reader;
    Schema schema;

    @Setup(Level.Trial)
    public void setUp() {
        JsonNode plan = ExamplePlans.plan150();
        yaml = ExamplePlans.yaml(plan);
        json = ExamplePlans.json(plan);
        tree = plan;
        yamlSource = PlanSource.of("plan-150.yaml", yaml);
        jsonSource = PlanSource.of("plan-150.json", json);
        validator = PlanValidator.builder().build();
        reader = new DocumentReader(ReadLimits.DEFAULT);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:io/github/reformplan/schema/plan.schema.json"));
    }

    @Benchmark
    public JsonNode parseYamlJackson() throws IOException {
        return JACKSON_YAML.readTree(yaml);
    }

    @Benchmark
    public JsonNode parseJsonJackson() throws IOException {
        return JACKSON_JSON.readTree(json);
    }

    /** reformplan's reader: strict UTF-8, limits, the tree and the location index. */
    @Benchmark
    public DocumentReader.Result readYaml() {
        return reader.read(yamlSource);
    }

    @Benchmark
    public DocumentReader.Result readJson() {
        return reader.read(jsonSource);
    }

    /** The plan JSON Schema alone, on a tree already parsed. */
    @Benchmark
    public List<Error> schemaOnly() {
        return schema.validate(tree);
    }

    @Benchmark
    public ValidationResult validateYaml() {
        return validator.validateSources(List.of(yamlSource), n -> { }, false);
    }

    @Benchmark
    public ValidationResult validateJson() {
        return validator.validateSources(List.of(jsonSource), n -> { }, false);
    }

    /** One rule family alone (by package: rules.input, rules.structure, ...), or none: read and bind only. */
    @State(Scope.Benchmark)
    public static class Family {
        @Param({"none", "input", "structure", "deadline", "target", "agency"})
        public String family;

        PlanValidator validator;

        @Setup(Level.Trial)
        public void setUp() {
            validator = PlanValidator.builder().registry(family(family)).build();
        }

        static RuleRegistry family(String name) {
            String pkg = "io.github.reformplan.rules." + name;
            List<Rule> rules = RuleRegistry.builtIn().rules().stream()
                    .filter(r -> r.getClass().getPackageName().equals(pkg)).toList();
            if (rules.isEmpty() && !name.equals("none")) {
                throw new IllegalArgumentException("no rule in " + pkg);
            }
            return RuleRegistry.of(rules);
        }
    }

    @Benchmark
    public ValidationResult familyYaml(Family f) {
        return f.validator.validateSources(List.of(yamlSource), n -> { }, false);
    }
}
