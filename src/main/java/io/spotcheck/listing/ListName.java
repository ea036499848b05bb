package io.spotcheck.listing;

/** The two lists of 251号 三(四): 经营异常名录 and 严重违法失信名单. */
public enum ListName { ABNORMAL_OPERATIONS, SERIOUS_DISHONESTY }
