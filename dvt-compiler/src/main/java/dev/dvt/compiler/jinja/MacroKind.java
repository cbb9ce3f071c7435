package dev.dvt.compiler.jinja;

/** The block a macro was declared with. */
public enum MacroKind {
    /** {@code {% macro name(...) %}}. */
    MACRO,
    /** {@code {% test name(...) %}}, a generic test, registered as {@code test_<name>}. */
    TEST,
    /** {@code {% materialization name, adapter='x' %}}, registered as {@code materialization_<name>_<x|default>}. */
    MATERIALIZATION
}
