import { z } from "zod";

/**
 * Consultation categories: the 15 of the IOM hotline report (domain.md §1) plus three of the product's own.
 * The ids are a public interface (the `assess` command prints them), so never rename one.
 */
export const CATEGORY_IDS = [
  "job_offer_check",
  "employment_abroad",
  "work_in_home_country",
  "education_abroad",
  "business_trip",
  "return_home",
  "family_health_social",
  "id_documents",
  "contacts_embassies",
  "trip_to_kazakhstan",
  "tourist_trip",
  "what_is_trafficking",
  "marriage_abroad",
  "rules_of_stay_abroad",
  "trafficking_case",
  "permanent_residence",
  "hotline_numbers",
  "greeting_other",
] as const;
export const categoryIdSchema = z.enum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof categoryIdSchema>;
