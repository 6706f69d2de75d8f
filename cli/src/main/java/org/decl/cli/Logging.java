package org.decl.cli;

/**
 * Quiets the libraries' own logging (Tika, PDFBox, POI, Lucene's {@link JavaLogging}), which speaks
 * of fonts and parser internals a user cannot act on; {@code --verbose} lets their warnings through
 * to standard error. Must run before the first logger is created.
 */
final class Logging {

  private Logging() {}

  static void configure(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "warn" : "off");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    System.setProperty(
        "log4j2.loggerContextFactory", "org.apache.logging.slf4j.SLF4JLoggerContextFactory");
    // the JDK's logging, which Lucene uses: unless the user configures it (a file or a class)
    String configClass = System.getProperty("java.util.logging.config.class");
    if (System.getProperty("java.util.logging.config.file") == null
        && (configClass == null || configClass.equals(JavaLogging.class.getName()))) {
      System.setProperty(JavaLogging.VERBOSE, String.valueOf(verbose));
      System.setProperty("java.util.logging.config.class", JavaLogging.class.getName());
    }
  }

  /**
   * Starts the logging now, on one thread, before parsers log from several at once. Commands that
   * read documents call it; the others do not pay for it.
   */
  static void start() {
    org.slf4j.LoggerFactory.getILoggerFactory();
  }
}
