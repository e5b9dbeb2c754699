package io.github.reformplan.archfixture.cli;

/** A stand-in front end for the layering test's broken fixture. */
public final class Console {

    private Console() {
    }

    public static String say(String text) {
        return text;
    }
}
