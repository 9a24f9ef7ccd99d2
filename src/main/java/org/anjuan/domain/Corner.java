package org.anjuan.domain;

/** Where on a page its number is written. */
public enum Corner {
    TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT
}
