/** Decorative activity ring; the text beside it carries the meaning (and it stops under reduced motion). */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
