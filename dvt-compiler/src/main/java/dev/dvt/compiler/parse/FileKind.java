package dev.dvt.compiler.parse;

/** What a project file is read as, from the resource path it is under and its extension. */
public enum FileKind {
    MODEL,
    ANALYSIS,
    SEED,
    SNAPSHOT,
    SINGULAR_TEST,
    MACRO,
    DOCS,
    PROPERTIES
}
