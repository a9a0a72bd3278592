/** Marketing's report on feedback (a placeholder until the feedback store is merged). */
package org.collateralfinder.gui.report;
