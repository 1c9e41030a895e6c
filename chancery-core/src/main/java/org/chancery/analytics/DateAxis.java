package org.chancery.analytics;

/** Which date buckets an event: when it happened (default) or when the article appeared (as GDELT/ICEWS do). */
public enum DateAxis { EVENT, PUBLICATION }
