/**
 * Marketing's report on feedback: what worked, what did not land, what is outdated, what nobody used,
 * feedback per month and the CSV export, all from one set of counts in the feedback package.
 */
package org.collateralfinder.gui.report;
