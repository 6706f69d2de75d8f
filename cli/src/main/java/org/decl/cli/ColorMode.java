package org.decl.cli;

/** The {@code --color} choice. */
public enum ColorMode {
  auto,
  always,
  never
}
