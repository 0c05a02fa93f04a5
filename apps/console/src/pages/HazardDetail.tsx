export function HazardDetail() {
  return <h1>HazardDetail</h1>;
}
