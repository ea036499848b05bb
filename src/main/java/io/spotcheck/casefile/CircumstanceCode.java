package io.spotcheck.casefile;

/** 性质恶劣、情节严重、社会危害较大 (SAMR Order 44 Art 2). */
public enum CircumstanceCode {
    BAD_NATURE, SERIOUS_CIRCUMSTANCES, GREAT_SOCIAL_HARM
}
