package io.spotcheck.engine;

/** A fact that can say what it is in a few words, for the explanation of a decision. */
public interface Describable {

    String describe();
}
