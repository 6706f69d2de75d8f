package org.decl.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams and terminal a run of decl talks to. */
record Context(InputStream in, PrintStream out, PrintStream err, Terminal terminal) {}
