package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JavaLoggingTest {

  @AfterEach
  void restoreTheJdkDefaults() throws IOException {
    System.clearProperty(JavaLogging.VERBOSE);
    LogManager.getLogManager().readConfiguration();
  }

  // The levels are checked as the configuration sets them: other tests of this JVM run decl with
  // and without --verbose, and the loggers they made keep what those runs gave them (the end-to-end
  // check, an empty stderr on Java 25, is in scripts/launcher-test.sh).

  @Test
  void silencesLucenesNotesAboutTheJavaItRunsOn() throws IOException {
    System.setProperty(JavaLogging.VERBOSE, "false");
    new JavaLogging();
    assertEquals("OFF", LogManager.getLogManager().getProperty("org.apache.lucene.level"));
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
    assertEquals("WARNING", LogManager.getLogManager().getProperty("org.apache.lucene.level"));
  }
}
