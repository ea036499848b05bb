package io.spotcheck.engine;

/** A rule's name in Chinese and English (its {@code @zh} and {@code @en} metadata). */
public record BilingualName(String zh, String en) {
}
