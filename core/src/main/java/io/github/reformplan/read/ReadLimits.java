package io.github.reformplan.read;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time.
 *
 * @param maxBytes          largest file read (50 MB by default)
 * @param maxDepth          deepest nesting of objects and arrays (200)
 * @param maxAliasNodes     most nodes that YAML aliases may add by expansion (defeats alias bombs)
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxAliasNodes) {

    public static final ReadLimits DEFAULT = new ReadLimits(50L * 1024 * 1024, 200, 100_000);

    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxAliasNodes);
    }
}
