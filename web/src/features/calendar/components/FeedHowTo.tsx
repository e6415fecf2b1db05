import { useTranslation } from "react-i18next";

const APPS = ["google", "outlook", "apple"] as const;
const STEPS = ["step1", "step2", "step3"] as const;

/** Where to paste the feed URL in the three calendar apps most members use. */
export function FeedHowTo() {
  const { t } = useTranslation();
  return (
    <div className="how-to">
      <h3>{t("calendar.subscribe.howTo")}</h3>
      {APPS.map((app) => (
        <details key={app} className="how-to__app">
          <summary>{t(`calendar.subscribe.apps.${app}.name`)}</summary>
          <ol>
            {STEPS.map((step) => (
              <li key={step}>{t(`calendar.subscribe.apps.${app}.${step}`)}</li>
            ))}
          </ol>
        </details>
      ))}
      <p className="field__hint">{t("calendar.subscribe.refresh")}</p>
    </div>
  );
}
