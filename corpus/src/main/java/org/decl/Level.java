package org.decl;

import java.util.Locale;

/** How much a finding matters. Ordered from least to most, so levels compare with {@code >=}. */
public enum Level {
  INFO,
  WARNING,
  ERROR;

  /** The level as written in corpus.yaml and on the command line: {@code info}, {@code warning}… */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level named by a label, or a usage error listing the levels. */
  public static Level of(String label) {
    for (Level level : values()) {
      if (level.label().equals(label.toLowerCase(Locale.ROOT))) {
        return level;
      }
    }
    throw DeclException.usage("unknown level '" + label + "': use info, warning or error");
  }
}
