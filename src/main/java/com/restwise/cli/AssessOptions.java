package com.restwise.cli;

/** The parsed words of {@code assess}. {@code input} is a file path or "-" for standard input. */
public record AssessOptions(String input, boolean batch, String catalog, int top, String lang) {}
