package com.restwise.engine.advice;

public record PostureTip(PostureCode code, String text) {}
