package io.github.reformplan.read;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time.
 *
 * @param maxBytes          largest file read (50 MB by default)
 * @param maxDepth          deepest nesting of objects and arrays (200)
 * @param maxAliasNodes     most nodes that YAML aliases may add by expansion (defeats alias bombs)
 * @param timeBudget        longest time one file may take to read and check, per started megabyte (10 s for a
 *                          file of up to 1 MB, 450 s for 45 MB); past it, the rules not yet run on the file are
 *                          skipped and a {@code parse} finding says so: a guard against a pathological input,
 *                          never reached by an ordinary plan
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxAliasNodes, java.time.Duration timeBudget) {

    /** Limits with the default time budget. */
    public ReadLimits(long maxBytes, int maxDepth, int maxAliasNodes) {
        this(maxBytes, maxDepth, maxAliasNodes, DEFAULT_TIME_BUDGET);
    }

    public static final java.time.Duration DEFAULT_TIME_BUDGET = java.time.Duration.ofSeconds(10);

    /** Most digits (and signs, points, exponent) a number may have: Jackson's default, said in our words. */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /** Longest key of a mapping, in characters. */
    public static final int MAX_NAME_LENGTH = 50_000;

    /** The largest {@code maxBytes} a configuration may set: 200 MB (a plan is rarely over 1 MB). */
    public static final long MAX_BYTES_CEILING = 200L * 1024 * 1024;

    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 200, 100_000);

    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxAliasNodes, timeBudget);
    }

    public ReadLimits withTimeBudget(java.time.Duration budget) {
        return new ReadLimits(maxBytes, maxDepth, maxAliasNodes, budget);
    }
}
