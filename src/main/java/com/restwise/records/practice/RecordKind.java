package com.restwise.records.practice;

/**
 * What a refused change was about ("client", "consultation" ...), named in the reader's
 * language when a message is shown: the English word in a German sentence would read as a
 * mistake.
 */
record RecordKind(String name) {

    /** The bundle key of this kind's noun. */
    String key() {
        return "kind." + name;
    }
}
