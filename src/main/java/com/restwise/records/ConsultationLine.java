package com.restwise.records;

import com.restwise.engine.advice.MedicalLevel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A consultation as a client's page lists it: its date, the scores the trend and the charts
 * draw, the firmness and medical level its advice gave, its notes, and who corrected it last.
 * What the page reads when a client opens or another room saves; the whole consultation (the
 * answers and the advice) is read only when it is opened ({@link ClientRecords#consultation}).
 *
 * @param medicalNotAnswered the advice's medical screen had warning signs left unanswered
 * @param todaysScreen       see {@link Consultation#todaysScreen()}
 * @param correctedAt        when it was last corrected; null when never (or on this computer)
 * @param correctedBy        who corrected it: the person's name, else their login; null when never
 */
public record ConsultationLine(
        long id,
        long clientId,
        LocalDate date,
        Integer morningPain,
        Integer sleepQuality,
        Integer stiffnessMinutes,
        Double firmnessTarget,
        MedicalLevel medical,
        boolean medicalNotAnswered,
        String notes,
        MedicalLevel todaysScreen,
        Instant correctedAt,
        String correctedBy) {

    /** The line of a consultation read whole. */
    public static ConsultationLine of(Consultation c) {
        return new ConsultationLine(
                c.id(),
                c.clientId(),
                c.date(),
                c.morningPain(),
                c.profile().symptoms().sleepQuality(),
                c.profile().symptoms().morningStiffnessMinutes(),
                c.advice().firmness().target(),
                c.advice().medical().level(),
                c.advice().medical().notAnswered() != null,
                c.notes(),
                c.todaysScreen(),
                null,
                null);
    }
}
