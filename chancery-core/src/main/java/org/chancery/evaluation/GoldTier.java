package org.chancery.evaluation;

/** Gold event tier (eval README §2.8). */
public enum GoldTier { CORE, HARD }
