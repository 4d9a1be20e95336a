package com.restwise.cli;

import com.restwise.report.Paper;

/** The parsed words of {@code report}; {@code input} is a file path or "-" for standard input. */
public record ReportOptions(
        String input,
        String out,
        String name,
        Paper paper,
        String catalog,
        String lang,
        String notes,
        String practice,
        String therapist) {}
