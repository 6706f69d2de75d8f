package org.decl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.decl.DeclException;
import org.junit.jupiter.api.Test;

/** What a batch says when a document's work fails. */
class BatchTest {

  @Test
  void saysARunOutOfMemoryWhileTheLanguageModelLoadedInTheBackgroundRanOutOfMemory() {
    DeclException e =
        Batch.asDeclException(
            "fr.txt",
            new CompletionException(new ExecutionException(new OutOfMemoryError("Java heap"))));

    assertEquals("fr.txt: ran out of memory (try a larger -Xmx in DECL_JAVA_OPTS)", e.getMessage());
  }

  @Test
  void passesOnTheDocumentsOwnErrorWrappedInATask() {
    DeclException cause = DeclException.badInput("fr.txt", "no text in the document");

    assertEquals(cause, Batch.asDeclException("fr.txt", new CompletionException(cause)));
  }
}
