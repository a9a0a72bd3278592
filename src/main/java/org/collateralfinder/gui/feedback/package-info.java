/**
 * Feedback on a file (tags, stars, comments) behind {@link org.collateralfinder.gui.feedback.FeedbackGateway},
 * so the H2 store plugs in when it is merged.
 */
package org.collateralfinder.gui.feedback;
