export function HazardList() {
  return <h1>HazardList</h1>;
}
