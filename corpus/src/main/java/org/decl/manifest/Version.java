package org.decl.manifest;

import java.nio.file.Path;

/**
 * One language version of a work.
 *
 * @param lang its BCP 47 tag, canonical
 * @param path the path as written in the manifest, relative to it
 * @param file the file, resolved against the manifest's folder
 * @param line where the version is declared in the manifest
 * @param column the column of its declaration
 */
public record Version(String lang, String path, Path file, int line, int column) {}
