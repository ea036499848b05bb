package io.spotcheck.casefile;

/** A firm's role in the supply chain. */
public enum Role {
    PRODUCER, SELLER, ONLINE_SELLER
}
