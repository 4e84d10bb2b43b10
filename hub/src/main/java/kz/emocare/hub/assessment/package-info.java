/**
 * Self-tests: the instruments as data (PHQ-9, GAD-7, PHQ-A, WHO-5 from {@code instruments/*.json}, in kk, ru and en),
 * validation and scoring of responses into severity bands, and who may read the results. A positive safety item
 * opens a crisis request. Adapters submit responses through {@link kz.emocare.hub.assessment.Assessments#submit}.
 */
package kz.emocare.hub.assessment;
