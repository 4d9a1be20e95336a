package com.restwise.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/** Where a command reads its input and writes its answers and its error lines. */
record Streams(InputStream in, OutputStream out, PrintStream err) {}
