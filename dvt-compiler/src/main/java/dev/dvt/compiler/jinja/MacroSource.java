package dev.dvt.compiler.jinja;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One macro file to load: the package it belongs to (the root project's name, an installed
 * package's name, or {@code dbt} for the built-in package), the path reported in errors and
 * artifacts, and its text.
 */
public record MacroSource(String packageName, Path file, String text) {
    public MacroSource {
        requireNonNull(packageName, "packageName is null");
        requireNonNull(file, "file is null");
        requireNonNull(text, "text is null");
    }
}
