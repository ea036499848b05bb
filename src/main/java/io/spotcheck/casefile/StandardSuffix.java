package io.spotcheck.casefile;

/** The suffix of a standard's code: none, /T (推荐性, recommended) or /Z (指导性技术文件, guidance). */
public enum StandardSuffix { NONE, T, Z }
