package org.decl.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The configuration of the JDK's own logging (java.util.logging), named by the {@code
 * java.util.logging.config.class} property that {@link Logging} sets: the JDK's defaults (a console
 * handler at level INFO), except for Lucene, the one library of decl's that logs through it. Lucene
 * logs there only what it finds of the Java it runs on: on a Java newer than the Lucene release
 * knows (23 and later for Lucene 9.12) a warning, at every first use of an index, that Lucene
 * should be updated for the Vector API (which decl's search does not use), and on Java 21 and later
 * a note on how it maps index files. A user of decl cannot act on either, so they are off; {@code
 * --verbose} lets Lucene's warnings through, as it does the other libraries'.
 *
 * <p>java.util.logging reads this class only when something first logs through it (in decl, only
 * Lucene does), so commands that never open an index do not pay for it.
 */
public final class JavaLogging {

  static final String VERBOSE = "decl.logging.verbose";

  /** Reads the configuration: called by java.util.logging's LogManager, by reflection. */
  public JavaLogging() throws IOException {
    String lucene = Boolean.getBoolean(VERBOSE) ? "WARNING" : "OFF";
    String properties =
        "handlers=java.util.logging.ConsoleHandler\n"
            + ".level=INFO\n"
            + "org.apache.lucene.level="
            + lucene
            + "\n";
    LogManager.getLogManager()
        .readConfiguration(
            new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)));
  }
}
