package org.chancery.model;

/** How precise a date or interval is. */
public enum Granularity { DAY, MONTH, YEAR, DECADE, RANGE }
