package io.github.reformplan.schema;

/**
 * Where the JSON Schemas are: resources of this jar, read with a class loader or through this module (whose
 * schema package is open, so that schema libraries resolving {@code classpath:} addresses find them on the
 * module path too).
 */
public final class Schemas {

    /** The plan file's schema. */
    public static final String PLAN = "io/github/reformplan/schema/plan.schema.json";
    /** The configuration file's schema. */
    public static final String CONFIG = "io/github/reformplan/schema/config.schema.json";

    private Schemas() {
    }
}
