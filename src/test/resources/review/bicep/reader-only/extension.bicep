extension microsoftGraphV1
extension kubernetes with {
  namespace: 'default'
  kubeConfig: 'cfg'
} as k8s

param name string = 'x'
