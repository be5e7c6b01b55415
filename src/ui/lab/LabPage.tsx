// The parallel lab page (issue 8); replaced by the lab's real page.
export default function LabPage() {
  return <section aria-label="Parallel lab"><h2>Parallel lab</h2></section>;
}
