package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JavaLoggingTest {

  // the logger Lucene 9.12 warns through on Java 23 and later ("please update Apache Lucene")
  private static final String VECTOR_PROBE =
      "org.apache.lucene.internal.vectorization.VectorizationProvider";

  @AfterEach
  void restoreTheJdkDefaults() throws IOException {
    System.clearProperty(JavaLogging.VERBOSE);
    LogManager.getLogManager().readConfiguration();
  }

  @Test
  void silencesLucenesNotesAboutTheJavaItRunsOn() throws IOException {
    new JavaLogging();
    assertFalse(Logger.getLogger(VECTOR_PROBE).isLoggable(Level.WARNING));
    assertFalse(Logger.getLogger("org.apache.lucene.store.MMapDirectory").isLoggable(Level.INFO));
  }

  @Test
  void keepsTheJdkDefaultsForEveryOtherLogger() throws IOException {
    new JavaLogging();
    Logger other = Logger.getLogger("org.example.Other");
    assertTrue(other.isLoggable(Level.INFO));
    assertFalse(other.isLoggable(Level.FINE));
  }

  @Test
  void letsLucenesWarningsThroughWhenVerbose() throws IOException {
    System.setProperty(JavaLogging.VERBOSE, "true");
    new JavaLogging();
    assertTrue(Logger.getLogger(VECTOR_PROBE).isLoggable(Level.WARNING));
    assertFalse(Logger.getLogger(VECTOR_PROBE).isLoggable(Level.INFO));
  }
}
