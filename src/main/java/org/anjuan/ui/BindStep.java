package org.anjuan.ui;

/** Where a bind stands in the window: nothing yet, planning, the plan shown, binding, bound. */
public enum BindStep {
    IDLE, PREPARING, PLANNED, BINDING, DONE
}
