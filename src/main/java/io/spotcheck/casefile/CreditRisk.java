package io.spotcheck.casefile;

/** Enterprise credit risk class (国市监信发〔2022〕6号): A low, B general, C relatively high, D high. */
public enum CreditRisk {
    A, B, C, D
}
