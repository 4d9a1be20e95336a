package com.restwise.engine.advice;

public record MedicalFlag(FlagCode code, MedicalLevel level, String text) {
}
