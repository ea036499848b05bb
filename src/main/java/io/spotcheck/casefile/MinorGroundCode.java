package io.spotcheck.casefile;

/** Lawful grounds for not filing a case (行政处罚程序规定 Art 20). */
public enum MinorGroundCode {
    MINOR_CORRECTED_NO_HARM, FIRST_OFFENCE_SLIGHT_HARM, NO_FAULT
}
